package kz.qorgau.launcher;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) on loopback, for the mail of the demo and the tests. It takes mail for any
 * address and keeps it in memory; over IMAP, each address logs in with itself as login and password.
 */
public final class DevMail implements AutoCloseable {

    private final GreenMail server;
    private final int smtpPort;
    private final int imapPort;

    private DevMail(GreenMail server, int smtpPort, int imapPort) {
        this.server = server;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static DevMail start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        return new DevMail(server, smtpPort, imapPort);
    }

    /** Every mail received since the start, oldest first. */
    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public String toString() {
        return "GreenMail (SMTP " + smtpPort + ", IMAP " + imapPort + ")";
    }
}
