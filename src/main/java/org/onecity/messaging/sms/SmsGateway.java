package org.onecity.messaging.sms;

/** Sends a text message to a phone. The embedded default logs it; a real gateway replaces the bean. */
public interface SmsGateway {

    void send(String phone, String text);
}
