import { beforeEach, describe, expect, it, vi } from 'vitest';

const twilioCreate = vi.fn(async () => ({ sid: 'SM1' }));
const twilioFactory = vi.fn(() => ({ messages: { create: twilioCreate } }));
vi.mock('twilio', () => ({ default: twilioFactory }));

const aliyunSend = vi.fn(async () => ({ body: { code: 'OK' } }));
vi.mock('@alicloud/dysmsapi20170525', () => ({
  default: class {
    sendSms = aliyunSend;
  },
  SendSmsRequest: class {
    constructor(readonly map: Record<string, string>) {}
  },
}));

vi.mock('@alicloud/openapi-core', () => ({
  $OpenApiUtil: {
    Config: class {
      constructor(readonly map: Record<string, string>) {}
    },
  },
}));

const tencentSend = vi.fn(async () => ({ SendStatusSet: [{ Code: 'Ok' }] }));
vi.mock('tencentcloud-sdk-nodejs-sms', () => ({
  sms: {
    v20210111: {
      Client: class {
        SendSms = tencentSend;
      },
    },
  },
}));

import { smsProviderFor } from '@/lib/sms/providers';

const creds = {
  SMS_PROVIDER_KEY_ID: 'key-id',
  SMS_PROVIDER_SECRET: 'secret',
  SMS_SENDER: '+15005550006',
  SMS_TEMPLATE_ID: 'SMS_123',
  SMS_APP_ID: '1400000000',
};
const message = {
  to: '+8613800138000',
  text: 'Your code is 123456',
  template: 'code',
  code: '123456',
};

beforeEach(() => vi.clearAllMocks());

describe('SMS providers', () => {
  it('the outbox is the default: no provider, no SDK loaded', () => {
    expect(smsProviderFor({ SMS_PROVIDER: 'outbox', ...creds })).toBeNull();
    expect(twilioFactory).not.toHaveBeenCalled();
  });

  it('Twilio gets the full text', async () => {
    await smsProviderFor({ SMS_PROVIDER: 'twilio', ...creds })!.send(message);
    expect(twilioFactory).toHaveBeenCalledWith('key-id', 'secret');
    expect(twilioCreate).toHaveBeenCalledWith({
      to: '+8613800138000',
      body: 'Your code is 123456',
      from: '+15005550006',
    });
  });

  it('Alibaba Cloud gets the approved template with the code; notices are not sent there', async () => {
    const aliyun = smsProviderFor({ SMS_PROVIDER: 'aliyun', ...creds })!;
    await aliyun.send(message);
    expect(aliyunSend).toHaveBeenCalledWith({
      map: {
        phoneNumbers: '13800138000',
        signName: '+15005550006',
        templateCode: 'SMS_123',
        templateParam: '{"code":"123456"}',
      },
    });
    await aliyun.send({ ...message, template: 'signUpExisting', code: undefined });
    expect(aliyunSend).toHaveBeenCalledTimes(1);
  });

  it('Tencent Cloud gets the template id and the code; a failed status throws', async () => {
    const tencent = smsProviderFor({ SMS_PROVIDER: 'tencent', ...creds })!;
    await tencent.send(message);
    expect(tencentSend).toHaveBeenCalledWith(
      expect.objectContaining({ PhoneNumberSet: ['+8613800138000'], TemplateParamSet: ['123456'] }),
    );
    tencentSend.mockResolvedValueOnce({ SendStatusSet: [{ Code: 'LimitExceeded' }] });
    await expect(tencent.send(message)).rejects.toThrow('tencent: LimitExceeded');
  });

  it('a provider without credentials refuses to send', async () => {
    await expect(
      smsProviderFor({ SMS_PROVIDER: 'twilio', ...creds, SMS_PROVIDER_SECRET: undefined })!.send(
        message,
      ),
    ).rejects.toThrow('SMS_PROVIDER_SECRET');
  });
});
