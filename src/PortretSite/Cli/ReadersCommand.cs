using System.CommandLine;
using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.State;
using PortretSite.Print.Browser;
using PortretSite.Print.Invitations;
using PortretSite.Print.Pdf;
using PortretSite.Publication.Passphrases;
using PortretSite.Publication.Readers;
using PortretSite.Rendering.Theme;
using PortretSite.Site.Protection;

namespace PortretSite.Cli;

/// <summary>
/// <c>portret readers add|list|revoke|link|card</c>: a passphrase per person, a link that opens the site for them,
/// a card to hand over, and taking one person's access back without bothering the rest.
/// </summary>
internal static class ReadersCommand
{
    public static Command Create() => new("readers", "Give each reader a passphrase of their own, a share link and an invitation card; revoke one reader")
    {
        Add(), List(), Revoke(), Link(), Card(),
    };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The reader's name, as the editor knows them (\"Lieve Verhaegen\")" };
        var audiences = new Option<string[]>("--audience") { Description = "An audience the reader opens; repeat for more", AllowMultipleArgumentsPerToken = true };
        var passphrase = new Option<string?>("--passphrase") { Description = "A passphrase of the editor's choice instead of a generated one (checked for strength)" };
        var language = new Option<string?>("--language") { Description = "The word list of a generated passphrase: nl or en (default: the audience's language)" };
        var root = CliOptions.Root();
        var command = new Command("add", "Add a reader with a generated passphrase, shown once") { name, audiences, passphrase, language, root };
        command.SetAction(parse =>
        {
            var site = ReadersContext.Open(parse.GetValue(root)!.FullName);
            var who = parse.GetValue(name)!.Trim();
            var ids = parse.GetValue(audiences) ?? [];
            if (!Reader.IsValidName(who))
            {
                return site.Fail(ReadersMessages.BadName);
            }

            if (ids.Length == 0)
            {
                return site.Fail(ReadersMessages.NoAudience);
            }

            if (ids.FirstOrDefault(id => site.Settings.FindAudience(id) is null) is { } unknown)
            {
                return site.Fail(ReadersMessages.UnknownAudience(unknown));
            }

            if (site.Readers.Any(r => r.Name == who && r.Active))
            {
                return site.Fail(ReadersMessages.AlreadyReader(who));
            }

            var chosen = parse.GetValue(passphrase);
            if (chosen is not null && !PassphraseStrength.IsStrongEnough(chosen))
            {
                return site.Fail(ReadersMessages.TooWeak(PassphraseStrength.EstimateBits(chosen)));
            }

            var wordsIn = parse.GetValue(language) ?? site.Settings.FindAudience(ids[0])!.Language ?? site.Settings.Language;
            var generated = chosen is null ? PassphraseGenerator.Generate(wordsIn) : null;
            var text = chosen ?? generated!.Text;
            site.Secrets.Set(site.Root, who, text);
            ReaderList.Save(site.Root, [.. site.Readers.Where(r => r.Name != who), new Reader(who, [.. ids.Distinct()], DateOnly.FromDateTime(DateTime.Now))]);
            Console.WriteLine(ReadersMessages.Added(who, string.Join(", ", ids), generated?.EntropyBits ?? PassphraseStrength.EstimateBits(text), generated is not null).In(site.Language));
            Console.WriteLine();
            Console.WriteLine("    " + text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var root = CliOptions.Root();
        var command = new Command("list", "List the readers, their audiences, and whether their passphrase is on this computer") { root };
        command.SetAction(parse =>
        {
            var site = ReadersContext.Open(parse.GetValue(root)!.FullName);
            if (site.Readers.Count == 0)
            {
                Console.WriteLine(ReadersMessages.NoReaders.In(site.Language));
                return ExitCodes.Success;
            }

            Console.WriteLine(ReadersMessages.ListHeader.In(site.Language));
            foreach (var reader in site.Readers)
            {
                var here = site.Secrets.For(reader) is not null ? "✓" : "–";
                Console.WriteLine(FormattableString.Invariant($"{reader.Name} · {string.Join(", ", reader.Audiences)} · {reader.Added:yyyy-MM-dd} · {reader.Revoked:yyyy-MM-dd} · {(reader.Active ? here : "–")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("name") { Description = "The reader to take access from" };
        var root = CliOptions.Root();
        var command = new Command("revoke", "Take one reader's access back: the next build gives their audiences new keys") { name, root };
        command.SetAction(parse =>
        {
            var site = ReadersContext.Open(parse.GetValue(root)!.FullName);
            if (site.Active(parse.GetValue(name)!.Trim()) is not { } reader)
            {
                return site.Fail(ReadersMessages.NoSuchReader(parse.GetValue(name)!.Trim()));
            }

            site.Secrets.Remove(site.Root, reader.Name);
            ReaderList.Save(site.Root, [.. site.Readers.Select(r => r == reader ? r with { Revoked = DateOnly.FromDateTime(DateTime.Now) } : r)]);
            Console.WriteLine(ReadersMessages.Revoked(reader.Name, string.Join(", ", reader.Audiences)).In(site.Language));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Link()
    {
        var name = new Argument<string>("name") { Description = "The reader the link is for" };
        var root = CliOptions.Root();
        var output = CliOptions.Output();
        var command = new Command("link", "Print a link that opens the site for this reader without typing (the key is in the #fragment, never sent to a server)") { name, root, output };
        command.SetAction(parse =>
        {
            var site = ReadersContext.Open(parse.GetValue(root)!.FullName);
            if (site.LinkOf(parse.GetValue(name)!.Trim(), parse.GetValue(output)?.FullName) is not { } link)
            {
                return ExitCodes.UsageError;
            }

            if (site.Settings.SiteUrl is null)
            {
                Console.Error.WriteLine(ReadersMessages.NoSiteUrl.In(site.Language));
            }

            Console.Error.WriteLine(ReadersMessages.LinkIsSecret.In(site.Language));
            Console.WriteLine(link.Url);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Card()
    {
        var name = new Argument<string>("name") { Description = "The reader the card is for" };
        var root = CliOptions.Root();
        var output = CliOptions.Output();
        var command = new Command("card", "Make an A6 invitation card: the site, a QR code of the reader's link, and the passphrase in large print") { name, root, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var site = ReadersContext.Open(parse.GetValue(root)!.FullName);
            var outputFolder = parse.GetValue(output)?.FullName ?? Path.Combine(site.Root, "output");
            if (site.LinkOf(parse.GetValue(name)!.Trim(), outputFolder) is not { } link)
            {
                return ExitCodes.UsageError;
            }

            var diagnostics = new DiagnosticBag();
            var theme = new ThemeFiles(site.Root);
            var language = link.Reader.Audiences.Select(a => site.Settings.FindAudience(a)?.Language).FirstOrDefault(l => l is not null) ?? site.Settings.Language;
            var labels = Labels.Load(theme, language, diagnostics);
            var view = new InvitationView(site.Settings.Title, language, site.Settings.SiteUrl, InvitationCard.QrSvg(link.Url), link.Passphrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), labels.All);
            var file = Path.Combine(outputFolder, "invitations", link.Reader.FileName + ".pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using (var browser = new BrowserHost())
            {
                var card = new InvitationCard(theme, ThemeTemplates.Compile(theme, diagnostics), new PdfSharpTools());
                var pdf = await card.PrintAsync(browser, view, Path.Combine(new SiteLayout(site.Root).Cache, "invitation-work"), diagnostics, cancellationToken);
                // The card holds the passphrase: readable by its owner only from the start.
                PrivateFile.Write(file, pdf);
            }

            ConsoleReport.Diagnostics(diagnostics.ToList(), site.Language, Console.Error);
            Console.WriteLine(ReadersMessages.CardWritten(Path.GetRelativePath(site.Root, file)).In(site.Language));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A reader's share link, and what it was made from.</summary>
    private sealed record ReaderLink(Reader Reader, string Passphrase, string Url);

    /// <summary>What every subcommand reads: the settings, the readers and their passphrases on this computer.</summary>
    private sealed record ReadersContext(string Root, SiteSettings Settings, IReadOnlyList<Reader> Readers, ReaderSecrets Secrets, UiLanguage Language)
    {
        public static ReadersContext Open(string root)
        {
            var diagnostics = new DiagnosticBag();
            var settings = SettingsLoader.Load(root, diagnostics) ?? new SiteSettings();
            var readers = ReaderList.Load(root, settings.Audiences, diagnostics);
            var language = UiLanguages.FromCode(settings.Language);
            ConsoleReport.Diagnostics(diagnostics.ToList(), language, Console.Error);
            return new ReadersContext(root, settings, readers, ReaderSecrets.Load(root), language);
        }

        public Reader? Active(string name) => Readers.FirstOrDefault(r => r.Name == name && r.Active);

        public int Fail(Message message)
        {
            Console.Error.WriteLine(message.In(Language));
            return ExitCodes.UsageError;
        }

        public ReaderLink? LinkOf(string name, string? output)
        {
            if (Active(name) is not { } reader)
            {
                Fail(ReadersMessages.NoSuchReader(name));
                return null;
            }

            if (Secrets.For(reader) is not { } passphrase)
            {
                Fail(ReadersMessages.NoPassphraseHere(reader.Name, reader.Variable));
                return null;
            }

            var diagnostics = new DiagnosticBag();
            if (SiteSecret.Load(Root, diagnostics, m => Console.Error.WriteLine(m.In(Language))) is not { } secret)
            {
                ConsoleReport.Diagnostics(diagnostics.ToList(), Language, Console.Error);
                return null;
            }

            var siteFolder = Path.Combine(output ?? Path.Combine(Root, "output"), "site");
            return new ReaderLink(reader, passphrase, ShareLink.For(new KeyRing(secret), reader.Name, passphrase, ShareLink.SiteAddress(Settings.SiteUrl, siteFolder)));
        }
    }
}
