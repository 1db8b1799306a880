export { replyActivity, repliesActivity } from './activities';
export { noticeReplies, type NoticeFacts, type NoticeReader } from './notices';
export { roundNoticeReplies, roundPlanLink, type RoundCardFacts } from './cards/rounds';
export { KoersBot, tenantOf, turnLocale, type BotLogger, type KoersBotDeps, type CardActionResponse } from './koersBot';
export { notConfiguredInstaller, type AppInstaller } from './proactive';
export type { Reply } from './flows/reply';
export { checkInSections, digestSections, followUpSection, reminderCardContext, type DigestLine, type FollowUpLine, type ReminderCardContext } from './cards/reminderCards';
