import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Each party's notes keep one colour for both viewers, on the board and in the record of a held
 * conversation, so on the stage and afterwards everyone can tell them apart.
 */
export const useNoteColours = makeStyles({
  employee: { backgroundColor: tokens.colorPaletteMarigoldBackground2, borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  manager: { backgroundColor: tokens.colorPaletteBlueBackground2, borderLeftColor: tokens.colorPaletteBlueBorderActive },
});
