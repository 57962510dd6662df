//! Input rules shared by the commands.
