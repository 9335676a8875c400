company-name = Northwind Logistics
programme-name = Programm „Führen auf der ersten Ebene“
hotline = Northwind Speak-Up-Line
team-size = { $count ->
    [one] ein Team aus einer Person
   *[other] ein Team von { $count } Personen
}

# Region names, as pages in this language show them.
region-global = Global
region-emea = Europa, Naher Osten und Afrika
region-sea = Südostasien
region-latam = Lateinamerika
