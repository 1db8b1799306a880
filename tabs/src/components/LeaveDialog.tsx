import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

/** Asked before leaving a page that holds unsaved answers. */
export function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onStay()} modalType="alert">
      <DialogSurface data-testid="leave-dialog">
        <DialogBody>
          <DialogTitle>{t('unsaved.title')}</DialogTitle>
          <DialogContent>{t('unsaved.body')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onStay} data-testid="leave-stay">
              {t('unsaved.stay')}
            </Button>
            <Button appearance="secondary" onClick={onLeave} data-testid="leave-confirm">
              {t('unsaved.leave')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
