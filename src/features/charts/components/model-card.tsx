import { Fragment, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ChartCard, EmptyChart } from '../../../components/chart-card';
import { Measured } from '../../../components/measured';
import { StatusBadge } from '../../../components/status-badge';
import { mountsServerHtml } from '../../../lib/hydration';
import { LocaleContext } from '../../../lib/i18n';
import { viewHidden } from '../../../lib/shown-view';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { noteLines, type ChartModel, type ChartModelBase, type ChartNote } from '../models/chart-model';

/** How a chart draws its model at a width: the screen and the static image call the same function. */
export interface ChartDrawing {
  /** The drawing's height, at a width where labels wrap to more lines on a narrow screen. */
  height: number | ((width: number) => number);
  draw: (width: number, animate: boolean) => ReactNode;
}

function Note({ note }: { note: ChartNote }) {
  const className = note.kind === 'rumour' ? 'chart-card__note stake-rumour' : 'chart-card__note';
  if (!note.parts) return <p className={className}>{note.text}</p>;
  return (
    <p className={className}>
      {note.parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          {part.code ? <code>{part.text}</code> : part.text}
          {part.status && (
            <>
              {' '}
              <StatusBadge status={part.status} />
            </>
          )}
        </Fragment>
      ))}
    </p>
  );
}

function Notes({ model }: { model: ChartModelBase }) {
  return (
    <>
      {model.notes.map((note, i) => (
        <Note key={i} note={note} />
      ))}
      {model.currencyNote && <p className="chart-card__note currency-note">{model.currencyNote}</p>}
    </>
  );
}

interface ModelCardProps {
  widget: string;
  model: ChartModel<ChartModelBase>;
  actions?: ReactNode;
  controls?: ReactNode;
  /** Null when the model has nothing to draw on an axis: its notes then stand where the chart would. */
  drawing: ChartDrawing | null;
}

/**
 * A chart's card drawn from its model: the title, subtitle, legend, notes, sources and data table
 * on screen, in print and in the static image are the model's, and so is the drawing.
 */
export function ModelCard({ widget, model, actions, controls, drawing }: ModelCardProps) {
  const reducedMotion = useReducedMotion();
  // A chart that takes over its picture from the HTML draws still: growing bars would move what was
  // read. So does one drawn while its page is kept hidden (a permalink, shown whole: shown-view.ts),
  // so that it is whole, not half-grown, the moment it shows or is printed.
  const [still] = useState(() => mountsServerHtml() || viewHidden());
  if (model.empty !== null)
    return (
      <ChartCard actions={actions} widget={widget} title={model.title} state={<EmptyChart message={model.empty} />} />
    );
  const { locale } = model;
  return (
    <ChartCard
      actions={actions}
      widget={widget}
      title={model.title}
      subtitle={model.subtitle}
      controls={controls}
      sourceLine={model.sourceLine}
      legend={model.legend}
      table={model.table}
      notes={drawing && <Notes model={model} />}
      exportInfo={{
        lines: model.params,
        notes: noteLines(model),
        sources: model.sources,
        ...(drawing && {
          chart: {
            // A root of its own, apart from the page: still, and in the model's language.
            mount: (host: HTMLElement, width: number) => {
              const root = createRoot(host);
              root.render(<LocaleContext.Provider value={locale}>{drawing.draw(width, false)}</LocaleContext.Provider>);
              return () => root.unmount();
            },
          },
        }),
      }}
    >
      {drawing ? (
        <Measured
          height={drawing.height}
          picture={(width) => (
            <LocaleContext.Provider value={locale}>{drawing.draw(width, false)}</LocaleContext.Provider>
          )}
        >
          {(width) => drawing.draw(width, !reducedMotion && !still)}
        </Measured>
      ) : (
        <Notes model={model} />
      )}
    </ChartCard>
  );
}
