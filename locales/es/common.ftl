# Palabras que comparten todas las partes de Plaza: fechas y nombres de idiomas.

date-long = { $day } de { $month } de { $year }
date-short = { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-with-weekday = { $weekday }, { $date }

month-january = enero
month-february = febrero
month-march = marzo
month-april = abril
month-may = mayo
month-june = junio
month-july = julio
month-august = agosto
month-september = septiembre
month-october = octubre
month-november = noviembre
month-december = diciembre

month-short-january = ene
month-short-february = feb
month-short-march = mar
month-short-april = abr
month-short-may = may
month-short-june = jun
month-short-july = jul
month-short-august = ago
month-short-september = sept
month-short-october = oct
month-short-november = nov
month-short-december = dic

weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo

# Un idioma nombrado dentro de una frase ("un informe en español").
language-english = inglés
language-spanish = español
