//! No figure from fewer than `evaluation.min_group` people, and none that arithmetic
//! on shown figures would give back (SPEC 9). A hidden part beside a shown total is
//! recoverable by subtraction, so more parts are hidden until the hidden ones together
//! stand for at least `min_group` people; a hidden total hides its breakdowns, which
//! would add up to it. The same holds within a region (modules, questions, behaviours),
//! across regions, across cohorts and across the quarters of a region.

use super::figures::Figures;
use super::stats::Shown;

/// Parts of a shown total: while the hidden parts together come from fewer than
/// `min` people, the smallest shown part is hidden too.
pub fn protect(parts: &mut [&mut Shown], min: u32) {
    loop {
        let hidden: u32 = parts.iter().filter(|p| p.suppressed).map(|p| p.n).sum();
        let any_hidden = parts.iter().any(|p| p.suppressed);
        if !any_hidden || hidden >= min {
            return;
        }
        match parts.iter_mut().filter(|p| p.value.is_some()).min_by_key(|p| p.n) {
            Some(next) => next.hide(),
            None => return,
        }
    }
}

/// How many figures are withheld: a fixed point is reached when this stops growing.
pub fn withheld(f: &Figures) -> usize {
    let mut n = [f.reaction, f.pre, f.post, f.gain].iter().filter(|s| s.suppressed).count();
    for m in &f.modules {
        n += usize::from(m.mean.suppressed) + m.questions.iter().filter(|(_, s)| s.suppressed).count();
    }
    n += f.questions.iter().filter(|q| q.right.suppressed).count();
    n += f.behaviours.iter().flat_map(|b| &b.days).filter(|d| d.share.suppressed).count();
    n + f.behaviour_days.iter().filter(|d| d.share.suppressed).count()
}

/// Within one group's figures: breakdowns against their totals, hidden totals hiding
/// their breakdowns, and no flag or wrong option beside a withheld figure.
pub fn settle(f: &mut Figures, min: u32) {
    loop {
        let before = withheld(f);
        within(f, min);
        cascade(f);
        if withheld(f) == before {
            break;
        }
    }
    for m in &mut f.modules {
        m.flagged &= m.mean.value.is_some();
    }
    for q in &mut f.questions {
        q.flagged &= q.right.value.is_some();
        if q.right.value.is_none() {
            q.most_chosen_wrong = None;
        }
    }
}

fn within(f: &mut Figures, min: u32) {
    if f.reaction.value.is_some() {
        protect(&mut f.modules.iter_mut().map(|m| &mut m.mean).collect::<Vec<_>>(), min);
    }
    for m in &mut f.modules {
        if m.mean.value.is_some() {
            protect(&mut m.questions.iter_mut().map(|(_, s)| s).collect::<Vec<_>>(), min);
        }
    }
    if f.post.value.is_some() {
        protect(&mut f.questions.iter_mut().map(|q| &mut q.right).collect::<Vec<_>>(), min);
    }
    for day in f.behaviour_days.iter().filter(|d| d.share.value.is_some()).map(|d| d.day).collect::<Vec<_>>() {
        let mut parts: Vec<&mut Shown> = f
            .behaviours
            .iter_mut()
            .filter_map(|b| b.days.iter_mut().find(|d| d.day == day).map(|d| &mut d.share))
            .collect();
        protect(&mut parts, min);
    }
}

fn cascade(f: &mut Figures) {
    let reaction_hidden = f.reaction.suppressed;
    for m in &mut f.modules {
        if reaction_hidden {
            m.mean.hide();
        }
        if m.mean.suppressed {
            m.questions.iter_mut().for_each(|(_, s)| s.hide());
        }
    }
    if f.post.suppressed {
        f.questions.iter_mut().for_each(|q| q.right.hide());
    }
    if f.pre.suppressed || f.post.suppressed {
        f.gain.hide();
    }
    for d in f.behaviour_days.iter().filter(|d| d.share.suppressed) {
        for b in &mut f.behaviours {
            b.days.iter_mut().filter(|x| x.day == d.day).for_each(|x| x.share.hide());
        }
    }
}

/// Groups whose figures add up to `total` (regions of a course, quarters of a region):
/// each figure the total shows is protected across the groups, then each group settled.
pub fn across(parts: &mut [&mut Figures], total: &Figures, min: u32) {
    loop {
        let before: usize = parts.iter().map(|p| withheld(p)).sum();
        family(parts, total.reaction, min, |f| Some(&mut f.reaction));
        family(parts, total.pre, min, |f| Some(&mut f.pre));
        family(parts, total.post, min, |f| Some(&mut f.post));
        family(parts, total.gain, min, |f| Some(&mut f.gain));
        for m in &total.modules {
            family(parts, m.mean, min, |f| f.modules.iter_mut().find(|x| x.module == m.module).map(|x| &mut x.mean));
            for (q, shown) in &m.questions {
                family(parts, *shown, min, |f| {
                    let module = f.modules.iter_mut().find(|x| x.module == m.module)?;
                    module.questions.iter_mut().find(|(id, _)| id == q).map(|(_, s)| s)
                });
            }
        }
        for q in &total.questions {
            family(parts, q.right, min, |f| {
                f.questions.iter_mut().find(|x| x.question == q.question).map(|x| &mut x.right)
            });
        }
        for b in &total.behaviours {
            for d in &b.days {
                family(parts, d.share, min, |f| {
                    let own = f.behaviours.iter_mut().find(|x| x.behaviour == b.behaviour)?;
                    own.days.iter_mut().find(|x| x.day == d.day).map(|x| &mut x.share)
                });
            }
        }
        for d in &total.behaviour_days {
            family(parts, d.share, min, |f| f.behaviour_days.iter_mut().find(|x| x.day == d.day).map(|x| &mut x.share));
        }
        for p in parts.iter_mut() {
            settle(p, min);
        }
        if parts.iter().map(|p| withheld(p)).sum::<usize>() == before {
            return;
        }
    }
}

fn family(parts: &mut [&mut Figures], total: Shown, min: u32, get: impl Fn(&mut Figures) -> Option<&mut Shown>) {
    if total.value.is_none() {
        return;
    }
    let mut shown: Vec<&mut Shown> = parts.iter_mut().filter_map(|p| get(p)).collect();
    protect(&mut shown, min);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_parts_must_together_reach_the_minimum_group() {
        let mut s = [
            Shown::new(Some(4.0), 2, 5),
            Shown::new(Some(3.0), 2, 5),
            Shown::new(Some(3.5), 9, 5),
            Shown::new(Some(3.9), 6, 5),
        ];
        let [a, b, c, d] = &mut s;
        protect(&mut [a, b, c, d], 5);
        let shown: Vec<bool> = s.iter().map(|x| x.value.is_some()).collect();
        assert_eq!(shown, [false, false, true, false], "2 + 2 people are fewer than 5: the 6 go too");
    }

    #[test]
    fn one_hidden_part_takes_the_smallest_shown_one_with_it() {
        let mut s = [Shown::new(Some(4.0), 3, 5), Shown::new(Some(3.0), 9, 5), Shown::new(Some(3.5), 6, 5)];
        let [a, b, c] = &mut s;
        protect(&mut [a, b, c], 5);
        assert_eq!(s.map(|x| x.value), [None, Some(3.0), None]);
    }

    #[test]
    fn nothing_hidden_hides_nothing() {
        let mut s = [Shown::new(Some(4.0), 5, 5), Shown::new(Some(3.0), 9, 5)];
        let [a, b] = &mut s;
        protect(&mut [a, b], 5);
        assert!(s.iter().all(|x| x.value.is_some()));
    }
}
