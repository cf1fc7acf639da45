# O título e a pergunta da variante us_civil_war_1867, em português.
variant-title = A Guerra Civil dos Estados Unidos dura até 1867
variant-question = O Grande Desígnio de Napoleão III foi lançado enquanto os Estados Unidos se dilaceravam, e desfez-se assim que a União venceu: caiu o Império porque Washington ficou livre para pressionar a França e armar Juárez a partir de 1865? Se a Confederação tivesse resistido até o início de 1867, teria o Império durado mais, e teria a França ficado?
