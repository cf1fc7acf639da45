//! The comparison paragraph on constructed results: it leads with the largest clear effect,
//! says plainly which outcomes the trials cannot tell apart, gives intervals in words, names
//! what it compares as given, and agrees in number, in English, Spanish and Portuguese.
use aguila::lab::compare::Measure;
use aguila::lab::paragraph::{Comparand, Finding, paragraph};
use aguila::lab::stats::PairedDiff;
use aguila::text::Lang;

fn diff(mean: f64, low: f64, high: f64) -> PairedDiff {
    PairedDiff {
        n: 1000,
        mean,
        low,
        high,
        median: mean,
    }
}

fn finding(measure: Measure, mean: f64, low: f64, high: f64, spread: f64) -> Finding {
    Finding {
        measure,
        diff: diff(mean, low, high),
        spread,
    }
}

fn about() -> Comparand<'static> {
    Comparand {
        runs: 1000,
        variant: "Britain and Spain stay in the alliance",
        baseline: "The Intervention, 1861–1867",
        wins: (0.94, 0.945),
    }
}

fn english() -> Lang {
    Lang::english()
}

#[test]
fn it_leads_with_the_largest_clear_effect_and_names_both_by_title() {
    // The capital falls 5 months later (clear, large against its spread); the Empire ends 1.2
    // months later (clear, small against its spread); the win share moves by noise.
    let findings = [
        finding(Measure::EmpireEnds, 1.2, 0.3, 2.1, 12.0),
        finding(Measure::RepublicWins, 0.005, -0.01, 0.02, 0.24),
        finding(Measure::CapitalFalls, 5.0, 4.1, 6.0, 4.0),
    ];
    let text = paragraph(english(), &about(), &findings);
    let lead = text.split(". ").next().unwrap();
    assert!(
        lead.contains("the capital falls 5 months later on average")
            && lead.contains("“Britain and Spain stay in the alliance”")
            && lead.contains("“The Intervention, 1861–1867”")
            && lead.contains("1,000 paired trials"),
        "{text}"
    );
    assert!(
        lead.contains("between 4.1 and 6 months later"),
        "the interval in words: {text}"
    );
    let capital = text.find("the capital falls").unwrap();
    let empire = text.find("the imperial side falls").unwrap();
    assert!(capital < empire, "largest first: {text}");
    assert!(
        text.contains("Also, the imperial side falls 1.2 months later"),
        "{text}"
    );
}

#[test]
fn dates_are_ranked_by_months_and_a_share_by_its_size_against_the_variation() {
    // The last French troops move 0.6 months on a small spread, the Empire's end a whole month
    // on a wide one: the month leads, as a listener would rank them.
    let findings = [
        finding(Measure::FrenchGone, 0.6, 0.5, 0.7, 1.0),
        finding(Measure::EmpireEnds, 1.0, 0.6, 1.4, 6.0),
    ];
    let text = paragraph(english(), &about(), &findings);
    assert!(
        text.find("the imperial side falls").unwrap()
            < text.find("the last French troops").unwrap(),
        "{text}"
    );
    // A share that moves far against its variation leads before a small date.
    let findings = [
        finding(Measure::EmpireEnds, 1.0, 0.6, 1.4, 6.0),
        finding(Measure::RepublicWins, -0.2, -0.25, -0.15, 0.3),
    ];
    let text = paragraph(english(), &about(), &findings);
    let lead = text.split(". ").next().unwrap();
    assert!(
        lead.contains("the Republic wins 20 percentage points less often"),
        "{text}"
    );
}

#[test]
fn it_says_plainly_when_the_trials_cannot_tell_a_difference() {
    let findings = [
        finding(Measure::CapitalFalls, 5.0, 4.1, 6.0, 4.0),
        finding(Measure::RepublicWins, 0.005, -0.01, 0.02, 0.24),
    ];
    let text = paragraph(english(), &about(), &findings);
    assert!(
        text.contains(
            "The trials cannot tell a difference in how often the Republic wins: its 95 % \
             interval includes zero."
        ),
        "{text}"
    );
    assert!(
        !text.contains("94.5 %") && !text.contains("instead of"),
        "no share that is only noise is told as a finding: {text}"
    );

    let nothing = [
        finding(Measure::EmpireEnds, 0.3, -0.2, 0.8, 12.0),
        finding(Measure::RepublicWins, 0.005, -0.01, 0.02, 0.24),
    ];
    let text = paragraph(english(), &about(), &nothing);
    assert!(
        text.contains("the trials cannot tell “Britain and Spain stay in the alliance” from")
            && text.contains("for when the imperial side falls and how often the Republic wins, each 95 % interval includes zero"),
        "{text}"
    );
    assert!(
        !text.contains("later") && !text.contains("sooner"),
        "{text}"
    );
}

#[test]
fn a_clear_share_and_an_earlier_date_are_told_with_their_direction() {
    let findings = [
        finding(Measure::RepublicWins, -0.06, -0.107, -0.013, 0.24),
        finding(Measure::FrenchGone, -7.0, -8.7, -5.2, 3.0),
    ];
    let text = paragraph(english(), &about(), &findings);
    assert!(
        text.contains("the last French troops leave 7 months sooner on average (95 % interval: between 5.2 and 8.7 months sooner)"),
        "{text}"
    );
    assert!(
        text.contains("the Republic wins 6 percentage points less often (94.5 % of the trials instead of 94 %; 95 % interval: between 1.3 and 10.7 points)"),
        "{text}"
    );
}

#[test]
fn plural_rules_agree_with_the_number_in_every_language() {
    let one = [finding(Measure::WithdrawalAnnounced, 1.0, 0.6, 1.4, 3.0)];
    let mut one_trial = about();
    one_trial.runs = 1;
    let en = paragraph(english(), &one_trial, &one);
    assert!(
        en.contains("Across 1 paired trial (") && en.contains("one month later"),
        "{en}"
    );
    let es = paragraph(Lang::from_option(Some("es")), &about(), &one);
    assert!(
        es.contains("1,000 pruebas pareadas")
            && es.contains("Francia anuncia su retirada un mes más tarde"),
        "{es}"
    );
    let pt = paragraph(Lang::from_option(Some("pt")), &about(), &one);
    assert!(
        pt.contains("1.000 ensaios pareados")
            && pt.contains("a França anuncia a retirada um mês mais tarde"),
        "{pt}"
    );
    let two = [finding(Measure::EmpireEnds, 2.0, 1.0, 3.0, 3.0)];
    let es = paragraph(Lang::from_option(Some("es")), &about(), &two);
    assert!(
        es.contains("cae el bando imperial 2 meses más tarde"),
        "{es}"
    );
    for text in [&en, &es, &pt] {
        assert!(!text.contains("lab-"), "no key shown: {text}");
    }
}
