package kz.qorgau.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** The test mail server's mailboxes, read over IMAP as a person's mail program would, and waiting for what is sent. */
final class Mailbox {

    private Mailbox() {
    }

    record Mail(String subject, String body) {
    }

    /** The first mail to the address whose subject holds the part, waited for up to the patience. */
    static Mail await(String address, String subjectPart, Duration patience) {
        return await("a mail to " + address + " about " + subjectPart, () -> mailsTo(address).stream()
                .filter(m -> m.subject().contains(subjectPart)).findFirst(), patience);
    }

    static Mail awaitMail(String address, String subjectPart) {
        return await(address, subjectPart, Duration.ofSeconds(60));
    }

    static List<Mail> mailsTo(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(TestStack.mail().imapPort()));
        List<Mail> mails = new ArrayList<>();
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message m : inbox.getMessages()) {
                    mails.add(new Mail(m.getSubject(), String.valueOf(m.getContent())));
                }
                inbox.close(false);
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            // GreenMail knows an address only once mail reached it: no mailbox yet is no mail yet
            return List.of();
        }
        return mails;
    }

    static <T> T await(String what, Supplier<Optional<T>> probe, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + patience.toSeconds() + " s in vain for " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
