import { Button, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { koerskaart } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import type { MoveDirection, SectionsByPhase } from './boardLayout';
import { MoreIcon } from './icons';
import type { BoardActions } from './useBoardActions';
import { focusTarget } from './useFocusAfterAction';

export interface CardMenuProps {
  cardId: string;
  section: koerskaart.SectionId;
  /** The card's menu button's accessible name ("Menu van jouw notitie"). */
  label: string;
  /** The sections shown, per phase: where "Verplaatsen naar" can send the card. */
  layout: SectionsByPhase;
  actions: BoardActions;
  /** Whether the card can go that way from where it is. */
  can: (direction: MoveDirection) => boolean;
  move: (direction: MoveDirection) => void;
  /** Clicked before this code had arrived: the menu opens as it appears. */
  openAtOnce?: boolean;
}

/** The card's "…" menu: move it up, down, to another phase or section, or delete it. */
export function CardMenu({ cardId, section, label, layout, actions, can, move, openAtOnce = false }: CardMenuProps) {
  const { t } = useI18n();
  const menuFocus = [focusTarget.card(cardId, 'menu')];
  return (
    <Menu defaultOpen={openAtOnce}>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" icon={<MoreIcon />} aria-label={label} data-focus="menu" data-testid="card-menu" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem data-testid="move-up" aria-keyshortcuts="Alt+ArrowUp" secondaryContent="Alt+↑" disabled={!can('up')} onClick={() => move('up')}>
            {t('canvas.moveUp')}
          </MenuItem>
          <MenuItem data-testid="move-down" aria-keyshortcuts="Alt+ArrowDown" secondaryContent="Alt+↓" disabled={!can('down')} onClick={() => move('down')}>
            {t('canvas.moveDown')}
          </MenuItem>
          <MenuItem data-testid="move-previous-phase" aria-keyshortcuts="Alt+ArrowLeft" secondaryContent="Alt+←" disabled={!can('previous-phase')} onClick={() => move('previous-phase')}>
            {t('canvas.toPreviousPhase')}
          </MenuItem>
          <MenuItem data-testid="move-next-phase" aria-keyshortcuts="Alt+ArrowRight" secondaryContent="Alt+→" disabled={!can('next-phase')} onClick={() => move('next-phase')}>
            {t('canvas.toNextPhase')}
          </MenuItem>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuItem data-testid="move-to">{t('canvas.moveTo')}</MenuItem>
            </MenuTrigger>
            <MenuPopover>
              <MenuList
                checkedValues={{ section: [section] }}
                onCheckedValueChange={(_e, data) => {
                  const to = data.checkedItems[0] as koerskaart.SectionId | undefined;
                  if (to && to !== section) actions.moveTo(cardId, { section: to, index: Number.MAX_SAFE_INTEGER }, menuFocus);
                }}
              >
                {koerskaart.PHASE_IDS.map((phase) => (
                  <MenuGroup key={phase}>
                    <MenuGroupHeader>{t(`canvas.phase.${phase}`)}</MenuGroupHeader>
                    {layout[phase].map((s) => (
                      <MenuItemRadio key={s} name="section" value={s} data-testid="move-to-section" data-section={s}>
                        {t(`canvas.section.${s}.title` as MessageKey)}
                      </MenuItemRadio>
                    ))}
                  </MenuGroup>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
          <MenuDivider />
          <MenuItem data-testid="delete" onClick={() => actions.remove(cardId, section)}>
            {t('canvas.delete')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
