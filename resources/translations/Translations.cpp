// Carries the compiled translations (:/i18n/opieka_pl.qm) into the programs that link it.
namespace opieka {
int translationsLinked()
{
    return 1;
}
} // namespace opieka
