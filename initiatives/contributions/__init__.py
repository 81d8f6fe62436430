"""Taking part: visitors propose or correct initiatives and write to their contacts through the site."""
