import type { ReactNode } from 'react';

// One module per widget, each composed once (data, state from the address, frame): the dashboard,
// the timeline page and the embeds all use them, and an embed loads only its own.
export interface WidgetProps {
  dealId: string;
  actions?: ReactNode;
}
