# Texts of the game window.
