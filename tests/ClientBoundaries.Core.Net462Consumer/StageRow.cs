using ClientBoundaries.Primitives;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// One stage as a CRM form stores it: plain strings and numbers, the shape a Dataverse plugin
    /// reads from an entity's attributes before it talks to the library.
    /// </summary>
    public sealed class StageRow
    {
        public StageRow(string key, string name, bool ownedByClient, int durationBusinessDays, string providerTask, string clientTask, string handover)
        {
            Key = key;
            Name = name;
            OwnedByClient = ownedByClient;
            DurationBusinessDays = durationBusinessDays;
            ProviderTask = providerTask;
            ClientTask = clientTask;
            Handover = handover;
        }

        public string Key { get; private set; }

        public string Name { get; private set; }

        public bool OwnedByClient { get; private set; }

        public int DurationBusinessDays { get; private set; }

        public string ProviderTask { get; private set; }

        public string ClientTask { get; private set; }

        public string Handover { get; private set; }

        public PartyRole Owner
        {
            get { return OwnedByClient ? PartyRole.Client : PartyRole.Provider; }
        }
    }
}
