/**
 * The part of Adaptive Cards 1.5 that Koers uses, typed so a builder cannot produce a card Teams
 * would reject for a misspelt property. Only Action.Execute (Universal Actions) posts back: it
 * arrives as an `adaptiveCard/action` invoke whose answer can replace the card in place.
 */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: 'small' | 'default' | 'medium' | 'large';
  weight?: 'lighter' | 'default' | 'bolder';
  isSubtle?: boolean;
  color?: 'default' | 'good' | 'warning' | 'attention' | 'accent';
  spacing?: 'none' | 'small' | 'medium' | 'large';
  separator?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline?: boolean;
  placeholder?: string;
  value?: string;
  maxLength?: number;
}

export interface InputToggle {
  type: 'Input.Toggle';
  id: string;
  title: string;
  value: 'true' | 'false';
  valueOn: 'true';
  valueOff: 'false';
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  separator?: boolean;
  spacing?: 'none' | 'small' | 'medium' | 'large';
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: 'none' | 'small' | 'medium' | 'large';
}

export type CardElement = TextBlock | FactSet | InputText | InputToggle | Container | ActionSet;

/** What Koers puts into `data`: plain JSON, validated again when it comes back. */
export type ActionData = Record<string, string | number | boolean>;

export interface ActionExecute {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: ActionData;
  style?: 'default' | 'positive' | 'destructive';
  /** `none` for buttons that must not send what is typed in the card. */
  associatedInputs?: 'auto' | 'none';
}

export interface ActionOpenUrl {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** A button that unfolds a small card (e.g. the snooze choices) without a round trip. */
export interface ActionShowCard {
  type: 'Action.ShowCard';
  title: string;
  card: AdaptiveCard;
}

export type CardAction = ActionExecute | ActionOpenUrl | ActionShowCard;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
}

export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export function text(value: string, style: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...style };
}

export function heading(value: string): TextBlock {
  return text(value, { size: 'medium', weight: 'bolder' });
}
