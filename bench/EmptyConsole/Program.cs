// Deliberately empty: the cost of starting the .NET runtime, against which `secchange` is measured.
return 0;
