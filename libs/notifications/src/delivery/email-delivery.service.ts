import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { passwordResetById, passwordResetState, passwordResetToken, usersByIds } from '@navet/identity';
import { matchScores } from '@navet/matching';
import { orderDigest } from '../domain/digest-order';
import { digestEmail, EmailContent, EmailLinks, notificationEmail, unsubscribeUrl } from '../domain/email-content';
import { appLink, APP_PATHS, LinkSide, notificationPath, sideOf } from '../domain/notification-links';
import { textLanguageOf } from '../domain/notification-texts';
import { PASSWORD_RESET_EVENT, passwordResetEmail, passwordResetUrl } from '../domain/password-reset-email';
import type { DeliveryRow } from '../persistence/delivery.repository';
import { dialogueIdOfMatch } from '../persistence/dialogue-context.reader';
import { notificationTexts } from '../persistence/notification.repository';
import { Db, selectRows } from '../persistence/sql';
import { DeliveryOutcome, sent, skipped } from './delivery-outcome';
import { MailSender } from './mail-sender.service';

/** One e-mail (a notification or a digest). The address is read here, at send time, and nowhere else. */
@Injectable()
export class EmailDelivery {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app' | 'auth'>,
    private readonly mail: MailSender,
  ) {}

  async send(db: Db, d: DeliveryRow): Promise<DeliveryOutcome> {
    if (!this.mail.configured) return skipped('SMTP is not configured');
    if (!d.userId) return skipped('no recipient');
    if (d.eventType === PASSWORD_RESET_EVENT) return this.sendPasswordReset(db, d, d.userId);
    const [user] = await usersByIds(db, [d.userId]);
    const [prefs] = await selectRows<{ email: boolean; unsubscribeToken: string }>(
      db,
      `SELECT email, unsubscribe_token AS "unsubscribeToken" FROM notification_preferences WHERE user_id = $1`,
      [d.userId],
    );
    const r = user && { address: user.email, preferredLanguage: user.preferredLanguage, side: sideOf(user.role), ...prefs };
    if (!r || !r.unsubscribeToken) return skipped('recipient not found');
    if (r.email === false) return skipped('recipient unsubscribed from e-mail');
    const unsubscribe = unsubscribeUrl(this.config.app.publicUrl, r.unsubscribeToken);
    const content = await this.content(db, d, textLanguageOf(r.preferredLanguage), r.side, unsubscribe);
    if (!content) return skipped('nothing to send');
    await this.mail.send({
      to: r.address,
      ...content,
      // RFC 8058 one-click: the mail client POSTs `List-Unsubscribe=One-Click` to the link; a GET only asks.
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      messageId: `<${d.id}@${new URL(this.config.app.publicUrl).hostname}>`,
    });
    return sent;
  }

  /** The reset link is rebuilt from the reset's id here, at send time: no token is stored or queued. */
  private async sendPasswordReset(db: Db, d: DeliveryRow, userId: string): Promise<DeliveryOutcome> {
    const resetId = d.payload.passwordResetId;
    const reset = resetId ? await passwordResetById(db, resetId) : null;
    if (!reset || reset.userId !== userId) return skipped('password reset not found');
    if (passwordResetState(reset, new Date()) !== 'USABLE') return skipped('password reset used or expired');
    const [user] = await usersByIds(db, [userId]);
    if (!user) return skipped('recipient not found');
    const url = passwordResetUrl(this.config.app.publicUrl, passwordResetToken(this.config.auth.jwtSecret, reset.id));
    await this.mail.send({
      to: user.email,
      ...passwordResetEmail(textLanguageOf(user.preferredLanguage), url),
      headers: {},
      messageId: `<${d.id}@${new URL(this.config.app.publicUrl).hostname}>`,
    });
    return sent;
  }

  private async content(
    db: Db,
    d: DeliveryRow,
    lang: 'sv' | 'en',
    side: LinkSide,
    unsubscribeUrl: string,
  ): Promise<EmailContent | null> {
    const link = (path: string): EmailLinks => ({ appUrl: appLink(this.config.app.publicUrl, path), unsubscribeUrl });
    if (d.notificationId) {
      const [n] = await notificationTexts(db, [d.notificationId]);
      if (!n) return null;
      const dialogueId = n.type === 'DIALOGUE_MESSAGE' && n.matchId ? await dialogueIdOfMatch(db, n.matchId) : null;
      return notificationEmail(lang, n, link(notificationPath({ ...n, dialogueId }, side)));
    }
    const links = link(APP_PATHS.notifications);
    const items = await notificationTexts(db, d.payload.notificationIds ?? []);
    if (!items.length) return null;
    // Scores are read at send time: the digest ranks by what the matches are worth now.
    const scores = await matchScores(db, [...new Set(items.flatMap((i) => (i.matchId ? [i.matchId] : [])))]);
    return digestEmail(lang, orderDigest(items, scores), links);
  }
}
