company-name = Northwind Logistics
programme-name = Chương trình Lãnh đạo tuyến đầu
hotline = đường dây nóng Speak-Up của Northwind
team-size = { $count ->
   *[other] một nhóm { $count } người
}

# Region names, as pages in this language show them.
region-global = Toàn cầu
region-emea = Châu Âu, Trung Đông và châu Phi
region-sea = Đông Nam Á
region-latam = Mỹ Latinh
