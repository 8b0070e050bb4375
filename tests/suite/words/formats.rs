//! Each language writes dates and numbers its own way, and the system's locale picks it.

use chrono::NaiveDate;
use plaza::tr;
use plaza::words::{Arg, Lang, Words};

fn retreat_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 19).expect("a date")
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let english = Words::of(Lang::English);
    let spanish = Words::of(Lang::Spanish);
    assert_eq!(spanish.date_long(retreat_day()), "19 de noviembre de 2026");
    assert_eq!(english.date_long(retreat_day()), "19 November 2026");
    assert_eq!(
        spanish.date_with_weekday(retreat_day()),
        "jueves, 19 de noviembre de 2026"
    );
    assert_eq!(english.date_short(retreat_day()), "19 Nov 2026");
    assert_eq!(spanish.date_day_month(retreat_day()), "19 nov");
}

#[test]
fn decimals_take_the_languages_mark_in_messages_and_alone() {
    assert_eq!(Words::of(Lang::Spanish).decimal(3.7368, 2), "3,74");
    assert_eq!(Words::of(Lang::English).decimal(3.7368, 2), "3.74");
    // Through a message, the number keeps its decimals and the language's mark.
    let day = tr!(
        Words::of(Lang::Spanish),
        "date-short",
        day = Arg::decimal(3.7368, 2),
        month = "x",
        year = 1
    );
    assert_eq!(day, "3,74 x 1");
}

#[test]
fn the_locale_is_read_as_posix_reads_it() {
    let vars = |set: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            set.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    };
    assert_eq!(
        Lang::from_locale_vars(vars(&[("LANG", "es_MX.UTF-8")])),
        Some(Lang::Spanish)
    );
    assert_eq!(
        Lang::from_locale_vars(vars(&[("LANG", "es_MX.UTF-8"), ("LC_ALL", "en_US.UTF-8")])),
        Some(Lang::English)
    );
    assert_eq!(
        Lang::from_locale_vars(vars(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "es")])),
        Some(Lang::Spanish)
    );
    // An empty value does not decide; "C" and languages Plaza does not speak say nothing.
    assert_eq!(
        Lang::from_locale_vars(vars(&[("LC_ALL", ""), ("LANG", "es_ES")])),
        Some(Lang::Spanish)
    );
    assert_eq!(Lang::from_locale_vars(vars(&[("LANG", "C.UTF-8")])), None);
    assert_eq!(
        Lang::from_locale_vars(vars(&[("LANG", "fr_FR.UTF-8")])),
        None
    );
    assert_eq!(Lang::from_locale_vars(vars(&[])), None);
    assert_eq!("es-MX".parse::<Lang>(), Ok(Lang::Spanish));
    assert!("de".parse::<Lang>().is_err());
}

#[test]
fn the_pseudo_language_marks_every_message() {
    assert_eq!(Words::pseudo().get("month-may"), "‹May›");
}

#[test]
fn english_ordinals_follow_englishs_rules_past_the_thirties() {
    let english = Words::of(Lang::English);
    let places: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 41, 101, 111]
        .into_iter()
        .map(|place| tr!(english, "room-ordinal", place = place))
        .collect();
    assert_eq!(
        places,
        [
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "41st",
            "101st", "111th"
        ]
    );
    assert_eq!(
        tr!(Words::of(Lang::Spanish), "room-ordinal", place = 41),
        "41.º"
    );
}

#[test]
fn spanish_counts_agree_with_one_and_with_many() {
    let spanish = Words::of(Lang::Spanish);
    assert_eq!(tr!(spanish, "report-counted", count = 1), "1 contado");
    assert_eq!(tr!(spanish, "report-counted", count = 21), "21 contados");
    assert_eq!(
        tr!(
            spanish,
            "report-mean-rated",
            mean = Arg::decimal(3.74, 2),
            count = 1
        ),
        "media 3,74, 1 calificación"
    );
    assert_eq!(
        tr!(
            spanish,
            "room-rating-score",
            mean = Arg::decimal(4.0, 2),
            count = 1
        ),
        "4,00 (1 calificó)"
    );
}
