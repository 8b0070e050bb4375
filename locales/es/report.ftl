# report

