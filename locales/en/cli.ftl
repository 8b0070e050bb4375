# cli

