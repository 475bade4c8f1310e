"""Compare: 2 to 4 finished takes played in sync (``window.CompareWindow``), the players'
sync (``sync.SyncedPlayers``) and the clock it reads from the shown frames."""
