# O título e a pergunta da variante allies_stay, em português.
variant-title = A Grã-Bretanha e a Espanha ficam na aliança
variant-question = A Convenção de Londres (31 de outubro de 1861) obrigava a França, a Grã-Bretanha e a Espanha a cobrar as dívidas do México sem intervir em seu governo. Em 9 de abril de 1862, em Orizaba, a aliança se desfez e a França seguiu sozinha rumo a Puebla e à capital. Se a Grã-Bretanha e a Espanha tivessem ficado, prendendo a França à Convenção, teria a França rompido com elas para marchar sozinha, e a que preço em tempo e em vontade política?
