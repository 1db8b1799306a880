import type { PrepQuestion } from '@koers/domain';
import { prepContext } from '../flows/preparing';
import { answerInputId, PrepSaveData, shareInputId } from './actions';
import { prepCard } from './prep';

const veiligheid: PrepQuestion = { id: 'veiligheid', role: 'employee', section: 'opening', text: { nl: 'Hoe veilig werk je?', en: 'How safely do you work?', 'nl-BE': 'Hoe veilig werk jij?' } };

describe('the preparation card of a conversation with its own template', () => {
  it('asks the template’s questions, in the reader’s Dutch', () => {
    const card = JSON.stringify(prepCard(prepContext('nl-BE'), { conversationId: 'c-1', managerName: 'Jeroen', questions: [veiligheid] }));
    expect(card).toContain('Hoe veilig werk jij?');
    expect(card).not.toContain('Hoe sta je in je werk?');
  });

  it('sends back the answers to whichever questions the card asked', () => {
    const parsed = PrepSaveData.parse({ conversationId: 'c-1', completed: false, [answerInputId('veiligheid')]: 'Met helm', [shareInputId('veiligheid')]: 'true' });
    expect(parsed.save.answers).toEqual([{ questionId: 'veiligheid', text: 'Met helm', shared: true }]);
  });
});
