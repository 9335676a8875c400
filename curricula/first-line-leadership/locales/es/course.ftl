company-name = Northwind Logistics
programme-name = Programa de Liderazgo de Primera Línea
hotline = la línea Speak-Up de Northwind
team-size = { $count ->
    [one] un equipo de una persona
   *[other] un equipo de { $count } personas
}
