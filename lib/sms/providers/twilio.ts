import { required, type SmsProvider, type SmsProviderEnv } from '@/lib/sms/provider';

/** Twilio Programmable Messaging; the SDK loads only when this provider is configured. */
export function twilioProvider(e: SmsProviderEnv): SmsProvider {
  return {
    name: 'twilio',
    async send(message) {
      const { default: twilio } = await import('twilio');
      const client = twilio(
        required(e.SMS_PROVIDER_KEY_ID, 'SMS_PROVIDER_KEY_ID'),
        required(e.SMS_PROVIDER_SECRET, 'SMS_PROVIDER_SECRET'),
      );
      const sender = required(e.SMS_SENDER, 'SMS_SENDER');
      await client.messages.create({
        to: message.to,
        body: message.text,
        ...(sender.startsWith('MG') ? { messagingServiceSid: sender } : { from: sender }),
      });
    },
  };
}
