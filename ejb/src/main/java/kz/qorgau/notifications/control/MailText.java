package kz.qorgau.notifications.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.platform.Messages;

/**
 * The words of a mail, in Kazakh, Russian and English one after the other, since the server does not know which of
 * them a person reads. A mail leaves the server's protection: it carries the kind, the record's number and a link,
 * never a child's name nor any note (docs/PRODUCT.md, "Notifications"), and nothing here is handed more than those.
 */
public final class MailText {

    private MailText() {
    }

    /** One notification: what happened to which number, and the link that opens it after a sign-in. */
    public static Mail single(NotificationKind kind, long number, String link) {
        String subject = Messages.SUPPORTED.stream()
                .map(l -> Messages.text(l, kind.messageKey(), number))
                .collect(Collectors.joining(" / "));
        String body = Messages.SUPPORTED.stream()
                .map(l -> Messages.text(l, kind.messageKey(), number))
                .collect(Collectors.joining("\n"))
                + "\n\n" + link + "\n\n" + footer();
        return new Mail(clip(subject), body);
    }

    /** The day's digest: one line per notification, each with its link. */
    public static Mail digest(List<Line> lines) {
        String subject = Messages.SUPPORTED.stream()
                .map(l -> Messages.text(l, "notification.digest.subject", lines.size()))
                .collect(Collectors.joining(" / "));
        StringBuilder body = new StringBuilder();
        for (Locale locale : Messages.SUPPORTED) {
            body.append(Messages.text(locale, "notification.digest.subject", lines.size())).append('\n');
            for (Line line : lines) {
                body.append("- ").append(Messages.text(locale, line.kind().messageKey(), line.number()))
                        .append(": ").append(line.link()).append('\n');
            }
            body.append('\n');
        }
        return new Mail(clip(subject), body + footer());
    }

    private static String footer() {
        return Messages.SUPPORTED.stream().map(l -> Messages.text(l, "notification.mail.footer"))
                .collect(Collectors.joining("\n"));
    }

    private static String clip(String subject) {
        return subject.length() > 300 ? subject.substring(0, 300) : subject;
    }

    public record Mail(String subject, String body) {
    }

    public record Line(NotificationKind kind, long number, String link) {
    }
}
