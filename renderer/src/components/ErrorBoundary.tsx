import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; resetKey: string };
type State = { error: Error | null; key: string };

/** A page that fails to render shows what happened instead of a blank window; other pages keep working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <span>This page could not be shown: {this.state.error.message}. Your cards and progress are safe.</span>
      </div>
    );
  }
}
