company-name = Northwind Logistics
programme-name = Programm „Führen auf der ersten Ebene“
hotline = Northwind Speak-Up-Line
team-size = { $count ->
    [one] ein Team aus einer Person
   *[other] ein Team von { $count } Personen
}
