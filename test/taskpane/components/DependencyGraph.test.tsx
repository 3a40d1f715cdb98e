/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { DependencyGraph, type GraphNode } from '../../../taskpane/components/DependencyGraph';
import { renderFluent } from '../support/render';

const XSS = '<img src=x onerror=alert(1)>';
const nodes: GraphNode[] = [
  { id: 'IT-01', caption: 'Landing zone', role: 'context', critical: true, blocked: false },
  { id: 'ENG-02', caption: 'FNOL intake API', role: 'delayed', critical: true, blocked: false },
  { id: 'MKT-06', caption: XSS, role: 'moved', slipDays: 12, critical: false, blocked: true },
];
const edges = [
  { from: 'IT-01', to: 'ENG-02' },
  { from: 'ENG-02', to: 'MKT-06' },
];

describe('DependencyGraph', () => {
  it('draws one box per node and one line per edge, described for screen readers', () => {
    const { container } = renderFluent(<DependencyGraph nodes={nodes} edges={edges} title="Dependencies around ENG-02" />);
    const graph = screen.getByRole('img', { name: 'Dependencies around ENG-02' });
    expect(graph.querySelectorAll('rect')).toHaveLength(3);
    expect(graph.querySelectorAll('polyline')).toHaveLength(2);
    expect(graph.querySelector('desc')?.textContent).toBe(
      `IT-01, Landing zone, on the critical path; ENG-02, FNOL intake API, delayed, on the critical path; MKT-06, ${XSS}, moves 12 working days, held back upstream`,
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('marks critical nodes with a heavier outline and blocked ones dashed', () => {
    renderFluent(<DependencyGraph nodes={nodes} edges={edges} title="g" />);
    const rects = [...screen.getByRole('img', { name: 'g' }).querySelectorAll('rect')];
    expect(rects.map((r) => [r.getAttribute('stroke-width'), r.getAttribute('stroke-dasharray')])).toEqual([
      ['2.5', null],
      ['2.5', null],
      ['1', '5 3'],
    ]);
  });

  it('has no accessibility violations', async () => {
    const { container } = renderFluent(<DependencyGraph nodes={nodes} edges={edges} title="Dependencies around ENG-02" />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
