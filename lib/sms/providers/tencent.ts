import {
  required,
  templateOnlyCode,
  type SmsProvider,
  type SmsProviderEnv,
} from '@/lib/sms/provider';

/** Tencent Cloud SMS (2021-01-11 API); the SDK loads only when this provider is configured. */
export function tencentProvider(e: SmsProviderEnv): SmsProvider {
  return {
    name: 'tencent',
    async send(message) {
      const code = templateOnlyCode(message);
      if (code === null) return;
      const { sms } = await import('tencentcloud-sdk-nodejs-sms');
      const client = new sms.v20210111.Client({
        credential: {
          secretId: required(e.SMS_PROVIDER_KEY_ID, 'SMS_PROVIDER_KEY_ID'),
          secretKey: required(e.SMS_PROVIDER_SECRET, 'SMS_PROVIDER_SECRET'),
        },
        region: 'ap-guangzhou',
      });
      const res = await client.SendSms({
        PhoneNumberSet: [message.to],
        SmsSdkAppId: required(e.SMS_APP_ID, 'SMS_APP_ID'),
        SignName: required(e.SMS_SENDER, 'SMS_SENDER'),
        TemplateId: required(e.SMS_TEMPLATE_ID, 'SMS_TEMPLATE_ID'),
        TemplateParamSet: [code],
      });
      const status = res.SendStatusSet?.[0]?.Code;
      if (status !== 'Ok') throw new Error(`tencent: ${status ?? 'no response'}`);
    },
  };
}
