import { builtInContent, isBuiltIn, KOERS_STANDAARD, KOERS_STANDAARD_REF, pinnedTemplate, type Conversation, type Stores, type TemplateContent, type TemplateRef } from '@koers/domain';

/**
 * The content of a template version. A stored version is never removed while a conversation pins
 * it; should one be missing anyway, the conversation falls back to the built-in template rather
 * than lose its preparation.
 */
export async function templateContent(stores: Pick<Stores, 'templates'>, tenantId: string, ref: TemplateRef): Promise<TemplateContent> {
  return builtInContent(ref) ?? (await stores.templates.get(tenantId, ref)) ?? KOERS_STANDAARD;
}

/** The content of the version a conversation pinned (the built-in one for conversations from before templates). */
export async function conversationTemplate(stores: Pick<Stores, 'templates'>, conversation: Conversation): Promise<{ ref: TemplateRef; content: TemplateContent }> {
  const ref = pinnedTemplate(conversation);
  return { ref, content: await templateContent(stores, conversation.tenantId, ref) };
}

/** What a conversation booked now pins: the latest version of the template HR put in use, else the built-in one. */
export async function templateForNewConversation(stores: Pick<Stores, 'templates'>, tenantId: string): Promise<TemplateRef> {
  const chosen = await stores.templates.inUse(tenantId);
  if (!chosen || isBuiltIn(chosen)) return KOERS_STANDAARD_REF;
  const latest = await stores.templates.latest(tenantId, chosen.templateId);
  return latest ? { templateId: latest.templateId, version: latest.version } : KOERS_STANDAARD_REF;
}
