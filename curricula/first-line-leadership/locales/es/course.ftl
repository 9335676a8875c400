company-name = Northwind Logistics
programme-name = Programa de Liderazgo de Primera Línea
hotline = la línea Speak-Up de Northwind
team-size = { $count ->
    [one] un equipo de una persona
   *[other] un equipo de { $count } personas
}

# Region names, as pages in this language show them.
region-global = Global
region-emea = Europa, Oriente Medio y África
region-sea = Sudeste Asiático
region-latam = América Latina
