import { makeStyles, tokens } from '@fluentui/react-components';

/** The look every list row of the pane shares (a finding, an action): one item, its go-to button, its lines of detail. */
export const useListRowStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  go: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightRegular },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  detail: { color: tokens.colorNeutralForeground2 },
});
