import {
  required,
  templateOnlyCode,
  type SmsProvider,
  type SmsProviderEnv,
} from '@/lib/sms/provider';

/** Alibaba Cloud SMS (dysmsapi 2017-05-25); the SDK loads only when this provider is configured. */
export function aliyunProvider(e: SmsProviderEnv): SmsProvider {
  return {
    name: 'aliyun',
    async send(message) {
      const code = templateOnlyCode(message);
      if (code === null) return;
      const [{ default: Client, SendSmsRequest }, { $OpenApiUtil }] = await Promise.all([
        import('@alicloud/dysmsapi20170525'),
        import('@alicloud/openapi-core'),
      ]);
      const client = new Client(
        new $OpenApiUtil.Config({
          accessKeyId: required(e.SMS_PROVIDER_KEY_ID, 'SMS_PROVIDER_KEY_ID'),
          accessKeySecret: required(e.SMS_PROVIDER_SECRET, 'SMS_PROVIDER_SECRET'),
          endpoint: 'dysmsapi.aliyuncs.com',
        }),
      );
      const res = await client.sendSms(
        new SendSmsRequest({
          // Mainland numbers without "+86"; others as country code + number.
          phoneNumbers: message.to.replace(/^\+86/, '').replace(/^\+/, ''),
          signName: required(e.SMS_SENDER, 'SMS_SENDER'),
          templateCode: required(e.SMS_TEMPLATE_ID, 'SMS_TEMPLATE_ID'),
          templateParam: JSON.stringify({ code }),
        }),
      );
      if (res.body?.code !== 'OK') throw new Error(`aliyun: ${res.body?.code ?? 'no response'}`);
    },
  };
}
