company-name = Northwind Logistics
programme-name = First-line Leadership Programme
hotline = the Northwind Speak-Up line
team-size = { $count ->
    [one] a team of one
   *[other] a team of { $count } people
}
