import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FootnoteScope } from './footnotes';
import type { WhatKey } from '../lib/i18n';
import { ErrorState } from './query-state';

interface BoundaryProps {
  what: WhatKey;
  onReset: () => void;
  children: ReactNode;
}

class WidgetBoundary extends Component<BoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // One widget failing must not take the page down; the console keeps the stack for debugging.
    console.error(error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error) return <ErrorState what={this.props.what} error={this.state.error} onRetry={this.reset} />;
    return this.props.children;
  }
}

/**
 * Every widget sits in one: its own error boundary and retry, so one failure stays local. On its
 * own (an embed) a widget prints its sources at its end; on a page, the page's list takes them.
 */
export function WidgetFrame({ what, children }: { what: WhatKey; children: ReactNode }) {
  return (
    <FootnoteScope>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <WidgetBoundary what={what} onReset={reset}>
            {children}
          </WidgetBoundary>
        )}
      </QueryErrorResetBoundary>
    </FootnoteScope>
  );
}
