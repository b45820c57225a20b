using KubeLint.Manifests.Workloads;

namespace KubeLint.Rules.Custom;

/// <summary>The catalogue of ready-made checks an organisation enables with <c>use:</c> and parameters.</summary>
internal static class ReadyMadeChecks
{
    private static readonly string[] PodKinds = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"];
    private static readonly string[] ReplicatedKinds = ["Deployment", "StatefulSet"];

    public static IReadOnlyList<CatalogueEntry> All { get; } =
    [
        new()
        {
            Name = "allowed-registries",
            Title = "Image from a registry outside the allowed list",
            Severity = Severity.Error,
            Target = CheckTarget.Container,
            Parameters = [("registries", true, "Registry hosts or repository prefixes (`registry.example.com`, `ghcr.io/example/`); each ends at a `/`, so `registry.example.com` does not admit `registry.example.com.evil.io`.")],
            Schema = p => Schemas.Object(["image"], ("image", Schemas.Matching("^" + Schemas.AnyOf(p["registries"].Select(AsPrefix)), "comes from no allowed registry"))),
            Message = "{container} runs image '{value}', which comes from no allowed registry",
            WhatItChecks = "Every container's `image` starts with one of the allowed registries or repository prefixes, exactly as written (an image without a registry, such as `nginx`, is Docker Hub's and matches only `docker.io/` if written so).",
            WhyItMatters = "An image from an unvetted registry is code your organisation has not scanned, signed or mirrored, and a name one character away from yours is the classic way to get it deployed.",
            HowToFix = "Pull the image through an allowed registry or mirror.",
            ExampleParameters = "{registries: [registry.example.com]}",
            Example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: registry.example.com.evil.io/web:1.4\n",
            FixedExample = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: registry.example.com/web:1.4\n",
        },
        new()
        {
            Name = "no-latest-tag",
            Title = "Image without a pinned tag or digest",
            Target = CheckTarget.Container,
            Parameters = [],
            Schema = _ => Schemas.Object(["image"], ("image", new CheckSchema
            {
                AnyOf = [Schemas.Matching("@sha(?:256|512):[0-9a-f]+$"), new CheckSchema { AllOf = [Schemas.Matching(":[^/:@]+$"), Schemas.Not(Schemas.Matching(":latest$"), "is tagged latest")] }],
                Description = "has no digest and no tag other than latest",
            })),
            Message = "{container} runs image '{value}', which {reason}",
            WhatItChecks = "Every container's `image` carries a digest (`@sha256:...`) or a tag other than `latest`.",
            WhyItMatters = "Without a tag the image is `latest`, which changes under the same manifest: what runs is not what was reviewed, and a rollback brings back nothing.",
            HowToFix = "Pin the image to a version tag or, better, a digest.",
            ExampleParameters = "{}",
            Example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n",
            FixedExample = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27.3\n",
        },
        new()
        {
            Name = "required-labels",
            Title = "Object without the labels the organisation requires",
            Parameters = [("labels", true, "Label keys every matched object must carry.")],
            Schema = p => Metadata("labels", p["labels"]),
            Message = "{kind} {name} {reason}",
            WhatItChecks = "Every matched object carries each listed label key in `metadata.labels` (use `match.kinds` to choose the kinds).",
            WhyItMatters = "Ownership and data-classification labels are how incidents reach the right team and how policies know what an object holds.",
            HowToFix = "Add the missing labels to the object's metadata.",
            ExampleParameters = "{labels: [owner]}",
            Example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n    app: web\n",
            FixedExample = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n    app: web\n    owner: payments\n",
        },
        new()
        {
            Name = "required-annotations",
            Title = "Object without the annotations the organisation requires",
            Parameters = [("annotations", true, "Annotation keys every matched object must carry.")],
            Schema = p => Metadata("annotations", p["annotations"]),
            Message = "{kind} {name} {reason}",
            WhatItChecks = "Every matched object carries each listed annotation key in `metadata.annotations`.",
            WhyItMatters = "Annotations such as a data classification or a contact tell responders and policies what an object is before anyone has to ask.",
            HowToFix = "Add the missing annotations to the object's metadata.",
            ExampleParameters = "{annotations: [example.com/data-classification]}",
            Example = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n",
            FixedExample = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n  annotations:\n    example.com/data-classification: confidential\n",
        },
        new()
        {
            Name = "allowed-host-paths",
            Title = "hostPath volume outside the allowed folders",
            Severity = Severity.Error,
            Target = CheckTarget.PodSpec,
            Parameters = [("paths", true, "Host folders a pod may mount, each with everything below it (`/var/log` admits `/var/log/app`, not `/var/logs`).")],
            Schema = p => Schemas.Object([], ("volumes", Schemas.Items(new CheckSchema
            {
                If = Schemas.Object(["hostPath"]),
                Then = Schemas.Object([], ("hostPath", Schemas.Object(["path"], ("path", new CheckSchema
                {
                    AllOf =
                    [
                        Schemas.Matching("^" + Schemas.AnyOf(p["paths"].Select(path => path.TrimEnd('/'))) + "(?:/|$)", "is outside the allowed host folders"),
                        Schemas.Not(Schemas.Matching("(?:^|/)\\.\\.(?:/|$)"), "climbs out of its folder with '..'"),
                    ],
                })))),
            }))),
            Message = "the pod mounts host path '{value}', which {reason}",
            WhatItChecks = "Every `hostPath` volume's `path` is one of the allowed folders or below one, and does not climb out with `..`.",
            WhyItMatters = "A host folder mounted into a container is the node's file system in the container's hands: `/`, `/etc`, `/var/lib/kubelet` or the runtime's socket hand over the node.",
            HowToFix = "Use an allowed folder, or a volume type that is not the host's file system.",
            ExampleParameters = "{paths: [/var/log]}",
            Example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n    - name: agent\n      image: agent:1.0\n  volumes:\n    - name: logs\n      hostPath:\n        path: /var/log/../../etc\n",
            FixedExample = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n    - name: agent\n      image: agent:1.0\n  volumes:\n    - name: logs\n      hostPath:\n        path: /var/log/agent\n",
        },
        new()
        {
            Name = "required-resources",
            Title = "Container without resource requests or limits",
            Target = CheckTarget.Container,
            ContainerLists = [ContainerList.Containers, ContainerList.InitContainers],
            Parameters = [("limits", false, "Resources every container must limit (default `memory`)."), ("requests", false, "Resources every container must request (default `cpu` and `memory`).")],
            Schema = p => Schemas.Object(["resources"], ("resources", Schemas.Object(
                [.. Present(p, "limits", ["memory"]) ? ["limits"] : Array.Empty<string>(), .. Present(p, "requests", ["cpu", "memory"]) ? ["requests"] : Array.Empty<string>()],
                ("limits", Schemas.Object(ValuesOr(p, "limits", ["memory"]))),
                ("requests", Schemas.Object(ValuesOr(p, "requests", ["cpu", "memory"])))))),
            Message = "{container}: {path} {reason}",
            WhatItChecks = "Every regular and init container sets the listed `resources.limits` and `resources.requests` (ephemeral containers cannot set resources).",
            WhyItMatters = "A container without a memory limit can take the node's memory and get its neighbours killed; without requests the scheduler packs pods blind.",
            HowToFix = "Set the missing requests and limits on the container.",
            ExampleParameters = "{limits: [memory], requests: [cpu, memory]}",
            Example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: web:1.0\n      resources:\n        requests:\n          cpu: 100m\n",
            FixedExample = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: web:1.0\n      resources:\n        requests:\n          cpu: 100m\n          memory: 128Mi\n        limits:\n          memory: 128Mi\n",
        },
        new()
        {
            Name = "allowed-service-accounts",
            Title = "Workload running as a ServiceAccount outside the allowed list",
            Target = CheckTarget.PodSpec,
            Parameters = [("serviceAccounts", true, "The ServiceAccount names pods may run as (choose the namespaces with `match.namespaces`; one check per group of namespaces).")],
            Schema = p => Schemas.Object(["serviceAccountName"], ("serviceAccountName", Schemas.OneOfValues(p["serviceAccounts"]))),
            Message = "{kind} {name}: {path} {reason}",
            WhatItChecks = "The pod sets `serviceAccountName` to one of the allowed names.",
            WhyItMatters = "A workload that borrows another team's ServiceAccount gets that team's permissions; one that sets none runs as `default`, which every other pod of the namespace shares.",
            HowToFix = "Set `serviceAccountName` to the ServiceAccount made for this workload.",
            ExampleParameters = "{serviceAccounts: [payments-api]}",
            Example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: payments\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      serviceAccountName: deployer\n      containers:\n        - name: api\n          image: api:1.0\n",
            FixedExample = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: payments\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      serviceAccountName: payments-api\n      containers:\n        - name: api\n          image: api:1.0\n",
        },
        new()
        {
            Name = "ingress-host-domains",
            Title = "Ingress serving a host outside the organisation's domains",
            Severity = Severity.Error,
            Kinds = ["Ingress"],
            Parameters = [("domains", true, "DNS domains an Ingress may serve, each with its subdomains (`example.com` admits `shop.example.com` and `*.example.com`).")],
            Schema = p =>
            {
                var host = Schemas.Matching("^(?:\\*\\.)?(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?\\.)*" + Schemas.AnyOf(p["domains"].Select(d => d.Trim('.').ToLowerInvariant())) + "$", "is not under an allowed domain");
                return Schemas.Object([], ("spec", Schemas.Object(
                    [],
                    ("rules", Schemas.Items(Schemas.Object(["host"], ("host", host)))),
                    ("tls", Schemas.Items(Schemas.Object([], ("hosts", Schemas.Items(host))))),
                    ("defaultBackend", Schemas.Not(CheckSchema.Always, "serves every host name")),
                    ("backend", Schemas.Not(CheckSchema.Always, "serves every host name")))));
            },
            Message = "Ingress {name}: {path} {reason}",
            WhatItChecks = "Every rule of an Ingress names a `host` under one of the allowed domains (a rule without one, or a default backend, serves every host name), and so does every TLS host.",
            WhyItMatters = "An Ingress that claims another domain, or every domain, can take traffic meant for someone else on a shared controller.",
            HowToFix = "Set each rule's `host` to a name under an allowed domain.",
            ExampleParameters = "{domains: [example.com]}",
            Example = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\nspec:\n  rules:\n    - host: shop.example.com.evil.io\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: shop, port: {number: 80}}\n",
            FixedExample = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\nspec:\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: shop, port: {number: 80}}\n",
        },
        new()
        {
            Name = "requires-pod-disruption-budget",
            Title = "Replicated workload without a PodDisruptionBudget",
            Kinds = ReplicatedKinds,
            Parameters = [],
            Relation = new CheckRelation(["PodDisruptionBudget"], ServiceAccountDefined: false),
            Message = "{kind} {name}: {reason}",
            WhatItChecks = "Every matched workload's pods are selected by a PodDisruptionBudget deployed with it (same chart render or kustomize build, or the same folder or one above).",
            WhyItMatters = "Without a budget a node drain or cluster upgrade may evict every replica at once.",
            HowToFix = "Add a PodDisruptionBudget whose selector matches the pod template's labels.",
            ExampleParameters = "{}",
            Example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: api:1.0\n",
            FixedExample = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: api:1.0\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: api}\n",
        },
        new()
        {
            Name = "requires-network-policy",
            Title = "Workload no NetworkPolicy selects",
            Kinds = PodKinds,
            Parameters = [],
            Relation = new CheckRelation(["NetworkPolicy"], ServiceAccountDefined: false),
            Message = "{kind} {name}: {reason}",
            WhatItChecks = "Every matched workload's pods are selected by a NetworkPolicy deployed with it (an empty `podSelector` selects every pod of its namespace).",
            WhyItMatters = "A pod no NetworkPolicy selects accepts connections from every pod of the cluster and may connect anywhere: one compromised pod reaches it.",
            HowToFix = "Deploy a NetworkPolicy selecting the pods, with the ingress and egress they need.",
            ExampleParameters = "{}",
            Example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n  labels: {app: api}\nspec:\n  containers:\n    - name: api\n      image: api:1.0\n",
            FixedExample = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n  labels: {app: api}\nspec:\n  containers:\n    - name: api\n      image: api:1.0\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n",
        },
        new()
        {
            Name = "service-account-defined",
            Title = "Workload running as a ServiceAccount that is not deployed with it",
            Kinds = PodKinds,
            Parameters = [],
            Relation = new CheckRelation([], ServiceAccountDefined: true),
            Message = "{kind} {name}: {reason}",
            WhatItChecks = "The ServiceAccount every matched workload runs as (`default` when it names none) is defined in the same chart render, kustomize build, or folder (or one above).",
            WhyItMatters = "A pod whose ServiceAccount is not part of its deployment fails to start, or worse, runs as an account someone else created with permissions nobody reviewed here.",
            HowToFix = "Deploy the ServiceAccount with the workload.",
            ExampleParameters = "{}",
            Example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  serviceAccountName: api\n  containers:\n    - name: api\n      image: api:1.0\n",
            FixedExample = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  serviceAccountName: api\n  containers:\n    - name: api\n      image: api:1.0\n",
        },
    ];

    public static CatalogueEntry? Find(string name) => All.FirstOrDefault(entry => entry.Name == name);

    private static string AsPrefix(string registry) => registry.EndsWith('/') ? registry : registry + "/";

    private static CheckSchema Metadata(string field, IReadOnlyList<string> keys) =>
        Schemas.Object(["metadata"], ("metadata", Schemas.Object([field], (field, Schemas.Object(keys)))));

    private static IReadOnlyList<string> ValuesOr(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string name, IReadOnlyList<string> otherwise) =>
        parameters.TryGetValue(name, out var values) ? values : otherwise;

    private static bool Present(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters, string name, IReadOnlyList<string> otherwise) =>
        ValuesOr(parameters, name, otherwise).Count > 0;
}
