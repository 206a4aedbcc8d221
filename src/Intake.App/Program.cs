using Intake.App.Cli;

// `intake VERB …` — see Cli/CliApp.cs for the verbs. Without a verb: serve the dashboard and run the worker.
return await CliApp.RunAsync(args);
