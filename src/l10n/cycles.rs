//! Fluent messages that refer to themselves, directly or through others: Fluent stops
//! such a loop at format time and prints `{id}` into the page, so `check` refuses it.
//! Strongly connected components (Tarjan's algorithm, without recursion) find every
//! loop in time linear in the number of messages and references.

use std::collections::HashMap;

/// The loops of a reference graph (`id -> ids it refers to`), each as its ids in order
/// of the graph; a message that refers to itself is a loop of one.
pub fn loops(graph: &[(String, Vec<String>)]) -> Vec<Vec<String>> {
    let index_of: HashMap<&str, usize> = graph.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
    let edges: Vec<Vec<usize>> =
        graph.iter().map(|(_, refs)| refs.iter().filter_map(|r| index_of.get(r.as_str()).copied()).collect()).collect();
    let n = graph.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut next, mut found) = (Vec::new(), 0, Vec::new());
    for start in 0..n {
        if index[start] != usize::MAX {
            continue;
        }
        // Each frame is a node and how many of its edges were followed.
        let mut frames = vec![(start, 0usize)];
        index[start] = next;
        low[start] = next;
        next += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(frame) = frames.last_mut() {
            let v = frame.0;
            if let Some(&w) = edges[v].get(frame.1) {
                frame.1 += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    frames.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 || edges[v].contains(&v) {
                    component.sort_unstable();
                    found.push(component.into_iter().map(|i| graph[i].0.clone()).collect());
                }
            }
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
        edges.iter().map(|(id, refs)| (id.to_string(), refs.iter().map(|r| r.to_string()).collect())).collect()
    }

    #[test]
    fn loops_of_one_two_and_through_a_term_are_found_and_chains_are_not() {
        let g = graph(&[
            ("a", &["b"]),
            ("b", &["a"]),
            ("self", &["self"]),
            ("t", &["-term"]),
            ("-term", &["t"]),
            ("chain", &["end", "missing"]),
            ("end", &[]),
        ]);
        let found = loops(&g);
        assert_eq!(found, vec![vec!["a", "b"], vec!["self"], vec!["t", "-term"]]);
    }

    #[test]
    fn a_chain_of_fifty_thousand_messages_is_walked_without_recursion() {
        let mut g: Vec<(String, Vec<String>)> =
            (0..50_000).map(|i| (format!("m{i}"), vec![format!("m{}", i + 1)])).collect();
        assert!(loops(&g).is_empty());
        g.last_mut().unwrap().1 = vec!["m0".into()];
        assert_eq!(loops(&g)[0].len(), 50_000);
    }
}
