company-name = Northwind Logistics
programme-name = Programa de Liderança de Primeira Linha
hotline = Canal Speak-Up da Northwind
team-size = { $count ->
    [one] uma equipe de uma pessoa
   *[other] uma equipe de { $count } pessoas
}

# Region names, as pages in this language show them.
region-global = Global
region-emea = Europa, Oriente Médio e África
region-sea = Sudeste Asiático
region-latam = América Latina
