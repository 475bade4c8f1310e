"""What money the window shows: balance, price before Generate, the guard, the ledger."""
