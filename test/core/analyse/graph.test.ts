import { analyseStructure, buildGraph, compareIds } from '../../../src/core/analyse/graph';

function structureOf(ids: string[], links: string[]) {
  const graph = buildGraph(
    ids,
    links.map((l) => {
      const [from, to] = l.split('>') as [string, string];
      return { from, to };
    }),
  );
  return { graph, structure: analyseStructure(graph) };
}

describe('buildGraph', () => {
  it('keeps links between known nodes and drops unknown ends and self-links', () => {
    const { graph } = structureOf(['A', 'B', 'C'], ['A>B', 'A>X', 'C>C', 'B>C']);
    expect(Array.from(graph.edgeFrom)).toEqual([0, -1, -1, 1]);
    expect(Array.from(graph.edgeTo)).toEqual([1, -1, -1, 2]);
    expect(Array.from(graph.outEdges.subarray(graph.outStart[0]!, graph.outStart[1]!))).toEqual([0]);
    expect(Array.from(graph.inEdges.subarray(graph.inStart[2]!, graph.inStart[3]!))).toEqual([3]);
  });
});

describe('analyseStructure', () => {
  it('orders predecessors first, earliest input first among the ready ones', () => {
    const { structure, graph } = structureOf(['D', 'C', 'B', 'A'], ['A>B', 'B>C', 'A>D']);
    expect(Array.from(structure.order).map((v) => graph.ids[v])).toEqual(['A', 'D', 'B', 'C']);
    expect(structure.cycles).toEqual([]);
  });

  it('reports a loop once, in link order, from its smallest id in natural order', () => {
    const { structure } = structureOf(['IT-10', 'IT-9', 'IT-11'], ['IT-10>IT-11', 'IT-11>IT-9', 'IT-9>IT-10']);
    expect(structure.cycles).toEqual([['IT-9', 'IT-10', 'IT-11']]);
    expect(Array.from(structure.inCycle)).toEqual([1, 1, 1]);
  });

  it('reports one shortest loop through the smallest id of a tangled component and marks every member', () => {
    // A-B-A and A-C-D-A share A: one component of four, reported once as its shortest loop through A.
    const { structure } = structureOf(['A', 'B', 'C', 'D', 'E'], ['A>C', 'C>D', 'D>A', 'A>B', 'B>A', 'D>E']);
    expect(structure.cycles).toEqual([['A', 'B']]);
    expect(Array.from(structure.inCycle)).toEqual([1, 1, 1, 1, 0]);
  });

  it('finds separate loops separately, sorted by their first id', () => {
    const { structure } = structureOf(['Z', 'Y', 'B', 'A'], ['Z>Y', 'Y>Z', 'A>B', 'B>A', 'B>Y']);
    expect(structure.cycles).toEqual([
      ['A', 'B'],
      ['Y', 'Z'],
    ]);
  });

  it('handles 100,000 nodes in one loop and in one chain without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `N${i}`);
    const chain = ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id }));
    const loop = analyseStructure(buildGraph(ids, [...chain, { from: ids[n - 1]!, to: ids[0]! }]));
    expect(loop.cycles).toHaveLength(1);
    expect(loop.cycles[0]).toHaveLength(n);
    expect(loop.cycles[0]!.slice(0, 3)).toEqual(['N0', 'N1', 'N2']);
    const line = analyseStructure(buildGraph(ids, chain));
    expect(line.cycles).toEqual([]);
    expect(Array.from(line.order.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(line.order[n - 1]).toBe(n - 1);
  });
});

describe('compareIds', () => {
  it('sorts digit runs by value, then by text', () => {
    expect(['IT-10', 'IT-9', 'FIN-2', 'IT-09', 'IT-9a', 'IT-1'].sort(compareIds)).toEqual(['FIN-2', 'IT-1', 'IT-09', 'IT-9', 'IT-9a', 'IT-10']);
    expect(compareIds('A', 'A')).toBe(0);
  });
});
