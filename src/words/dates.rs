//! Dates in each language's own form: "19 November 2026", "19 de noviembre de 2026".

use chrono::{Datelike, NaiveDate, Weekday};

use super::Words;
use crate::tr;

impl Words {
    /// The whole date: "19 November 2026", "19 de noviembre de 2026".
    pub fn date_long(&self, date: NaiveDate) -> String {
        tr!(
            self,
            "date-long",
            day = date.day(),
            month = self.month(date.month()),
            year = date.year()
        )
    }

    /// The date in a list or a table: "19 Nov 2026", "19 nov 2026".
    pub fn date_short(&self, date: NaiveDate) -> String {
        tr!(
            self,
            "date-short",
            day = date.day(),
            month = self.month_short(date.month()),
            year = date.year()
        )
    }

    /// A date within the year at hand: "19 Nov", "19 nov".
    pub fn date_day_month(&self, date: NaiveDate) -> String {
        tr!(
            self,
            "date-day-month",
            day = date.day(),
            month = self.month_short(date.month())
        )
    }

    /// The date with its day of the week: "Thursday 19 November 2026",
    /// "jueves, 19 de noviembre de 2026".
    pub fn date_with_weekday(&self, date: NaiveDate) -> String {
        tr!(
            self,
            "date-with-weekday",
            weekday = self.weekday(date.weekday()),
            date = self.date_long(date)
        )
    }

    /// A language's name within a sentence in these words: "Spanish", "español" (menus that
    /// list languages name each in itself, [`Lang::name`](super::Lang::name)).
    pub fn language_name(&self, lang: super::Lang) -> String {
        self.get(match lang {
            super::Lang::English => "language-english",
            super::Lang::Spanish => "language-spanish",
        })
    }

    fn month(&self, month: u32) -> String {
        self.get(match month {
            1 => "month-january",
            2 => "month-february",
            3 => "month-march",
            4 => "month-april",
            5 => "month-may",
            6 => "month-june",
            7 => "month-july",
            8 => "month-august",
            9 => "month-september",
            10 => "month-october",
            11 => "month-november",
            _ => "month-december",
        })
    }

    fn month_short(&self, month: u32) -> String {
        self.get(match month {
            1 => "month-short-january",
            2 => "month-short-february",
            3 => "month-short-march",
            4 => "month-short-april",
            5 => "month-short-may",
            6 => "month-short-june",
            7 => "month-short-july",
            8 => "month-short-august",
            9 => "month-short-september",
            10 => "month-short-october",
            11 => "month-short-november",
            _ => "month-short-december",
        })
    }

    fn weekday(&self, day: Weekday) -> String {
        self.get(match day {
            Weekday::Mon => "weekday-monday",
            Weekday::Tue => "weekday-tuesday",
            Weekday::Wed => "weekday-wednesday",
            Weekday::Thu => "weekday-thursday",
            Weekday::Fri => "weekday-friday",
            Weekday::Sat => "weekday-saturday",
            Weekday::Sun => "weekday-sunday",
        })
    }
}
