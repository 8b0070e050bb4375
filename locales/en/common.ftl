# Words shared by every part of Plaza: dates, and the names of the languages.

date-long = { $day } { $month } { $year }
date-short = { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-with-weekday = { $weekday } { $date }

month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December

month-short-january = Jan
month-short-february = Feb
month-short-march = Mar
month-short-april = Apr
month-short-may = May
month-short-june = Jun
month-short-july = Jul
month-short-august = Aug
month-short-september = Sep
month-short-october = Oct
month-short-november = Nov
month-short-december = Dec

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

# A language named within a sentence ("a report in Spanish").
language-english = English
language-spanish = Spanish
