import { StatusBadge } from './status-badge';
import type { Status } from '../lib/schemas';

export interface TooltipLine {
  label: string;
  value: string;
  status: Status;
}

interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

/** The tooltip of every chart: what a mark is, its value and its status (keyboard or pointer). */
export function ChartTooltip({ active, payload }: TooltipProps) {
  const row = payload?.[0]?.payload as { name?: string; tooltip?: TooltipLine[] } | undefined;
  if (!active || !row?.tooltip?.length) return null;
  return (
    <div className="chart-tooltip">
      {row.name && <p className="chart-tooltip__title">{row.name}</p>}
      <ul>
        {row.tooltip.map((line) => (
          <li key={line.label}>
            {line.label}: <strong>{line.value}</strong> <StatusBadge status={line.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
